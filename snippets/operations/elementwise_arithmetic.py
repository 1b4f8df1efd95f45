import torch

a = torch.tensor([1.0, 2.0, 3.0, 4.0])
b = torch.tensor([10.0, 20.0, 30.0, 40.0])

# Each operator pairs the elements that sit at the same position.
print("a + b: ", a + b)
print("b - a: ", b - a)
print("a * b: ", a * b)
print("b / a: ", b / a)
print("a ** 2:", a**2)

# A Python number is combined with every element.
print("a * 10:", a * 10)
print("1 / a: ", 1 / a)

# The operators are shorthands for functions with the same result.
print("mul == *:", torch.equal(torch.mul(a, b), a * b))
print("result shape:", tuple((a * b).shape))
